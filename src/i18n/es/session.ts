import type { SessionTerms } from '../en/index.js';

/** Términos de <session-banner> (es). */
export const session: SessionTerms = {
  bannerRegion: 'Mensajes de la sesión',
  bannerSeverityError: 'Error:',
  bannerSeverityWarning: 'Advertencia:',
  bannerSeverityInfo: 'Información:',
  bannerSeveritySuccess: 'Completado:',

  bannerMultiSessionTitle: 'Tiene la sesión abierta en otro lugar',
  bannerMultiSessionText:
    'No puede tener abierta la sesión del centro de contacto en varios navegadores o pestañas a la vez. Seleccione Continuar para usarla en esta ventana; la otra dejará de funcionar.',
  bannerMultiSessionBusy:
    'Si selecciona Continuar mientras está en una llamada, los controles de llamada tardarán unos segundos en cargarse.',
  bannerContinue: 'Continuar',

  bannerDegradedTitle: 'Algunas funciones no están disponibles',
  bannerDegradedFeatures: 'No disponibles ahora:',
  bannerDegradedText: 'Cuando su administrador haya resuelto el problema, recargue el navegador para recuperar todas las funciones.',

  bannerSessionExpiredTitle: 'Su sesión ha expirado',
  bannerSessionExpiredText: 'Por su seguridad, se ha cerrado la sesión. Vuelva a iniciar sesión para continuar.',

  bannerConnectionLostTitle: 'Se perdió la conexión',
  bannerConnectionLostText:
    'Si no se puede restablecer su sesión por un fallo de conexión, una sesión expirada o un problema con el almacenamiento de este navegador, recargue el navegador para actualizarla.',

  bannerRonaTitle: 'Una llamada quedó sin respuesta',
  bannerRonaText:
    'Se le envió una llamada que no se respondió, así que pasó a otro agente. Si no puede atender llamadas, póngase en contacto con su administrador e indíquele el ID de seguimiento.',

  bannerMicrophoneTitle: 'Su navegador está bloqueando el micrófono',
  bannerMicrophoneText: 'Las llamadas en el Escritorio necesitan el micrófono.',
  bannerMicrophoneChrome:
    'En Chrome, seleccione el icono de configuración del sitio a la izquierda de la dirección, active Micrófono y vuelva a cargar la página.',
  bannerMicrophoneEdge:
    'En Edge, seleccione el icono del candado a la izquierda de la dirección, elija Permisos para este sitio, establezca Micrófono en Permitir y vuelva a cargar la página.',
  bannerMicrophoneFirefox:
    'En Firefox, seleccione el icono de permisos a la izquierda de la dirección, quite «Bloqueado temporalmente» o «Bloqueado» junto al micrófono y vuelva a cargar la página.',
  bannerMicrophoneSafari:
    'En Safari, elija Safari › Ajustes para este sitio web, establezca Micrófono en Permitir y vuelva a cargar la página.',
  bannerMicrophoneOther:
    'Permita el micrófono para este sitio en la configuración de su navegador y vuelva a cargar la página. Si no puede, póngase en contacto con su administrador.',

  bannerCollaborationTitle: (label: string) => `No se pudo iniciar sesión en ${label}`,
  bannerCollaborationTitleGeneric: 'No se pudo iniciar sesión en una herramienta de colaboración',
  bannerCollaborationText: 'Puede seguir trabajando. Inicie sesión en ella más tarde desde la configuración del perfil.',

  bannerPreferencesTitle: 'No se guardaron sus preferencias',
  bannerPreferencesText:
    'Este navegador no pudo almacenarlas, así que se le volverán a pedir la próxima vez que inicie sesión.',

  bannerTrackingId: 'ID de seguimiento',
  bannerCopyLabel: 'Copiar ID de seguimiento',
  bannerCopied: 'ID de seguimiento copiado',
  bannerCopyFailed:
    'No se pudo copiar automáticamente. El ID está seleccionado: presione Ctrl+C (⌘C en Mac) para copiarlo.',
  bannerDismissLabel: (title: string) => `Cerrar: ${title}`,
};
