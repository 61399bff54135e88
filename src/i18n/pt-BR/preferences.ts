import type { PreferencesTerms } from '../en/index.js';

/** Termos do <interaction-preferences> (pt-BR), na redação do guia do Agent Desktop. */
export const preferences: PreferencesTerms = {
  handleCalls: 'Tratar chamadas',
  prefsOptionBROWSER: 'Área de trabalho',
  prefsOptionEXTENSION: 'Ramal',
  prefsOptionAGENT_DN: 'Número de discagem',
  prefsOptionHintBROWSER: 'As chamadas tocam neste navegador. Use um headset.',
  prefsOptionHintEXTENSION: 'As chamadas tocam no seu ramal Webex Calling.',
  prefsOptionHintAGENT_DN: 'As chamadas tocam no número de telefone que você escolher.',
  prefsDigitalOnly: 'Você atende somente canais digitais (chat, e-mail e mensagens), então não há nada a configurar para chamadas.',

  prefsExtensionLabel: 'Ramal',
  prefsExtensionHint: (min: number, max: number) => `Somente dígitos, de ${min} a ${max}.`,
  prefsExtensionListHint: 'Ramais pré-validados pelo administrador.',
  prefsExtensionRestricted: 'O administrador definiu este ramal, por isso ele não pode ser alterado.',
  prefsExtRequired: 'Insira seu ramal.',
  prefsExtNotANumber: 'Um ramal tem somente dígitos: sem letras, + ou outros símbolos.',
  prefsExtTooShort: (min: number) => `Um ramal tem pelo menos ${min} dígitos.`,
  prefsExtTooLong: (max: number) => `Um ramal tem no máximo ${max} dígitos.`,

  prefsDialNumberLabel: 'Número de discagem',
  prefsDialNumberListHint: 'Números pré-validados pelo administrador.',
  prefsDialNumberRestricted: 'O administrador definiu este número de discagem, por isso ele não pode ser alterado.',
  prefsInternational: 'Formato de discagem internacional',
  prefsCountryLabel: 'País',
  prefsCountryChoose: 'Escolha um país',
  prefsCountrySearchLabel: 'Pesquisar países',
  prefsCountrySearchPlaceholder: 'Nome, sigla ou +55',
  prefsCountryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  prefsCountryMatches: (count: number) => (count === 1 ? `${count} país encontrado.` : `${count} países encontrados.`),
  prefsCountryNoMatch: (query: string) => `Nenhum país corresponde a “${query}”.`,
  prefsCountriesLoading: 'Carregando países…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `Digite apenas o número de telefone, como se disca no país (${country}); o código +${callingCode} é incluído automaticamente.`,
  prefsE164Hint: 'Comece com + e o código do país, por exemplo +55 11 96123 4567.',
  prefsIddHint: (idd: string, country: string) =>
    `Comece com + e o código do país, por exemplo +55 11 96123 4567, ou com ${idd}, o prefixo internacional de discagem (${country}).`,
  prefsChecking: 'Verificando o formato do número…',
  prefsPhoneUnavailable:
    'Não foi possível carregar a verificação de números. Insira o número com + e o código do país; o contact center vai verificá-lo quando você continuar.',
  prefsWillRing: (number: string) => `As chamadas vão tocar em ${number}.`,

  prefsDnRequired: 'Insira o número em que as chamadas devem tocar.',
  prefsDnNotANumber:
    'Use somente dígitos. Espaços, hífens, pontos, parênteses e um + no início são aceitos; letras e outros símbolos, não.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `Inclua o código do país: comece com + (ou ${idd}) ou marque Formato de discagem internacional e escolha o país.`
      : 'Inclua o código do país: comece com + ou marque Formato de discagem internacional e escolha o país.',
  prefsDnInvalidCountry: 'Nenhum país usa este código. Confira os dígitos depois do + ou do prefixo internacional.',
  prefsDnTooShort: (country: string) =>
    country ? `Número curto demais para o país (${country}). Confira se faltam dígitos.` : 'Número curto demais. Confira se faltam dígitos.',
  prefsDnTooLong: (country: string) =>
    country ? `Número longo demais para o país (${country}). Confira se há dígitos a mais.` : 'Número longo demais. Confira se há dígitos a mais.',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `Os números do país (${country}) não têm essa quantidade de dígitos. Confira o número.`
      : 'Os números desse país não têm essa quantidade de dígitos. Confira o número.',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `Este não é um número válido no país (${country}). Confira o código de área e os dígitos.`
      : 'Este não é um número válido. Confira o código de área e os dígitos.',

  prefsMicPrompt: 'Quando o navegador pedir para usar o microfone, escolha Permitir.',
  prefsMicAllow: 'Permitir o microfone agora',
  prefsMicGranted: 'Microfone permitido.',
  prefsMicDeniedTitle: 'O navegador está bloqueando o microfone',
  prefsMicDenied: 'Quem ligar não vai ouvir você até que o microfone seja permitido para este site.',
  prefsMicStepsChrome:
    'Clique no ícone à esquerda do endereço (Ver informações do site), ative Microfone e recarregue esta página. Se ele não aparecer, abra Configurações do site › Microfone › Permitir.',
  prefsMicStepsEdge:
    'Clique no cadeado à esquerda do endereço, abra Permissões para este site, defina Microfone como Permitir e recarregue esta página.',
  prefsMicStepsFirefox:
    'Clique no ícone do microfone riscado na barra de endereços, remova o bloqueio de Usar o microfone e recarregue esta página.',
  prefsMicStepsSafari:
    'Escolha Safari › Ajustes para Este Site (ou Ajustes › Sites › Microfone), defina este site como Permitir e recarregue esta página.',
  prefsMicStepsOther: 'Abra as configurações deste site no navegador, permita o microfone e recarregue esta página.',
  prefsMicManaged: 'Continua bloqueado? Sua organização pode controlar essa configuração: fale com o administrador.',
  prefsMicRecheck: 'Verificar novamente',
};
