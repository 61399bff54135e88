import type { PreferencesTerms } from '../en/index.js';

/** Términos de <interaction-preferences> (es): «extensión», «número de marcación». */
export const preferences: PreferencesTerms = {
  handleCalls: 'Atender llamadas',
  prefsOptionBROWSER: 'Escritorio',
  prefsOptionEXTENSION: 'Extensión',
  prefsOptionAGENT_DN: 'Número de marcación',
  prefsOptionHintBROWSER: 'Las llamadas suenan en este navegador. Use auriculares con micrófono.',
  prefsOptionHintEXTENSION: 'Las llamadas suenan en su extensión de Webex Calling.',
  prefsOptionHintAGENT_DN: 'Las llamadas suenan en el número de teléfono que elija.',
  prefsDigitalOnly:
    'Solo atiende canales digitales (chat, correo electrónico y mensajería), así que no hay nada que configurar para las llamadas.',

  prefsExtensionLabel: 'Extensión',
  prefsExtensionHint: (min: number, max: number) => `Solo dígitos, de ${min} a ${max}.`,
  prefsExtensionListHint: 'Extensiones que su administrador configuró para usted.',
  prefsExtensionRestricted: 'Su administrador definió esta extensión, por lo que no se puede cambiar.',
  prefsExtRequired: 'Ingrese su extensión.',
  prefsExtNotANumber: 'Una extensión solo tiene dígitos: sin letras, + ni otros símbolos.',
  prefsExtTooShort: (min: number) => `Una extensión tiene al menos ${min} dígitos.`,
  prefsExtTooLong: (max: number) => `Una extensión tiene como máximo ${max} dígitos.`,

  prefsDialNumberLabel: 'Número de marcación',
  prefsDialNumberListHint: 'Números que su administrador configuró para usted.',
  prefsDialNumberRestricted: 'Su administrador definió este número, por lo que no se puede cambiar.',
  prefsInternational: 'Formato de marcación internacional',
  prefsCountryLabel: 'País',
  prefsCountryChoose: 'Elija un país',
  prefsCountrySearchLabel: 'Buscar países',
  prefsCountrySearchPlaceholder: 'Nombre, código o +34',
  prefsCountryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  prefsCountryMatches: (count: number) => (count === 1 ? `${count} país coincide.` : `${count} países coinciden.`),
  prefsCountryNoMatch: (query: string) => `Ningún país coincide con «${query}».`,
  prefsCountriesLoading: 'Cargando países…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `Escriba el número como lo marca en ${country}; el +${callingCode} se agrega automáticamente.`,
  prefsE164Hint: 'Empiece por + y el código de país, por ejemplo, +34 612 34 56 78.',
  prefsIddHint: (idd: string, country: string) =>
    `Empiece por + y el código de país, por ejemplo, +34 612 34 56 78, o por ${idd}, el prefijo internacional desde ${country}.`,
  prefsChecking: 'Verificando el formato del número…',
  prefsPhoneUnavailable:
    'No se pudo cargar la verificación de números. Ingrese el número con + y el código de país; el centro de contacto lo verificará cuando continúe.',
  prefsWillRing: (number: string) => `Las llamadas sonarán en el ${number}.`,

  prefsDnRequired: 'Ingrese el número en el que deben sonar las llamadas.',
  prefsDnNotANumber:
    'Use solo dígitos. Se admiten espacios, guiones, puntos, paréntesis y un + inicial; no se admiten letras ni otros símbolos.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `Agregue el código de país: empiece por + (o por ${idd}), o seleccione Formato de marcación internacional y elija el país.`
      : 'Agregue el código de país: empiece por +, o seleccione Formato de marcación internacional y elija el país.',
  prefsDnInvalidCountry: 'Ningún país usa este código. Verifique los dígitos que siguen al + o al prefijo internacional.',
  prefsDnTooShort: (country: string) =>
    country
      ? `Este número es demasiado corto para ${country}. Verifique si faltan dígitos.`
      : 'Este número es demasiado corto. Verifique si faltan dígitos.',
  prefsDnTooLong: (country: string) =>
    country
      ? `Este número es demasiado largo para ${country}. Verifique si sobran dígitos.`
      : 'Este número es demasiado largo. Verifique si sobran dígitos.',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `Los números de ${country} no tienen esta cantidad de dígitos. Verifique el número.`
      : 'Los números de ese país no tienen esta cantidad de dígitos. Verifique el número.',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `Este número no es válido en ${country}. Verifique el código de área y los dígitos.`
      : 'Este número no es válido. Verifique el código de área y los dígitos.',

  prefsMicPrompt: 'Cuando el navegador le pida usar el micrófono, elija Permitir.',
  prefsMicAllow: 'Permitir el micrófono ahora',
  prefsMicGranted: 'Micrófono permitido.',
  prefsMicDeniedTitle: 'Su navegador bloquea el micrófono',
  prefsMicDenied: 'Las personas que llamen no podrán escuchar su voz hasta que permita el micrófono para este sitio.',
  prefsMicStepsChrome:
    'Seleccione el icono situado a la izquierda de la dirección (Ver información del sitio), active Micrófono y vuelva a cargar esta página. Si no aparece, abra Configuración de sitios › Micrófono › Permitir.',
  prefsMicStepsEdge:
    'Seleccione el icono del candado a la izquierda de la dirección, abra Permisos para este sitio, establezca Micrófono en Permitir y vuelva a cargar esta página.',
  prefsMicStepsFirefox:
    'Seleccione el icono del micrófono tachado en la barra de direcciones, quite Bloqueado junto a Usar el micrófono y vuelva a cargar esta página.',
  prefsMicStepsSafari:
    'Elija Safari › Ajustes para este sitio web (o Ajustes › Sitios web › Micrófono), establezca este sitio en Permitir y vuelva a cargar esta página.',
  prefsMicStepsOther: 'Abra la configuración de este sitio en su navegador, permita el micrófono y vuelva a cargar esta página.',
  prefsMicManaged: '¿Sigue bloqueado? Es posible que su organización administre esta configuración: consulte a su administrador.',
  prefsMicRecheck: 'Volver a verificar',
};
