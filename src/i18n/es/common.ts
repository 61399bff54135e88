import type { CommonTerms } from '../en/index.js';

/** Términos comunes (es). Español neutro apto para Latinoamérica, trato de usted: «iniciar sesión», «ID de seguimiento». */
export const common: CommonTerms = {
  required: 'Obligatorio',
  trackingId: (id: string) => `ID de seguimiento: ${id}`,
  trackingIdLabel: 'ID de seguimiento:',
  copy: 'Copiar',
  copied: 'Copiado',
  dismiss: 'Cerrar',
  reload: 'Recargar',
  loading: 'Cargando…',
  errorINVALID_CREDENTIALS: 'El correo electrónico y la contraseña no coinciden. Verifíquelos e inténtelo de nuevo.',
  errorACCOUNT_LOCKED: 'Su cuenta está bloqueada. Pida a su administrador que la desbloquee.',
  errorINVALID_CODE: 'El código no es correcto o ha vencido. Revise el correo que le enviamos o solicite un código nuevo.',
  errorDN_INVALID: 'Este número no puede recibir llamadas. Verifíquelo o elija otra forma de atender las llamadas.',
  errorDN_IN_USE: 'Otro agente ha iniciado sesión con este número. Use otro número o consulte a su administrador.',
  errorTEAM_INVALID: 'Este equipo ya no está disponible para usted. Elija otro equipo.',
  errorNOT_AUTHORIZED: 'No tiene permiso para iniciar sesión aquí. Pida a su administrador que revise su perfil.',
  errorSESSION_EXPIRED: 'Su sesión ha expirado. Vuelva a iniciar sesión.',
  errorNETWORK: 'No se puede conectar con el centro de contacto. Verifique su conexión e inténtelo de nuevo.',
  errorTIMEOUT: 'El centro de contacto tardó demasiado en responder. Inténtelo de nuevo.',
  errorUNAVAILABLE: 'El centro de contacto no está disponible en este momento. Inténtelo de nuevo en unos minutos.',
  errorUNKNOWN: 'Se produjo un error. Inténtelo de nuevo; si vuelve a ocurrir, proporcione el ID de seguimiento a su administrador.',
  errorBAD_RESPONSE:
    'El centro de contacto envió una respuesta que no se pudo leer. Inténtelo de nuevo o proporcione el ID de seguimiento a su administrador.',
  errorNO_SERVICE:
    'Este inicio de sesión no está conectado a ningún centro de contacto. Defina la propiedad service del elemento o agregue el atributo demo para probarlo.',
  errorNOT_SUPPORTED: 'Este centro de contacto no admite esta función. Consulte a su administrador.',
  errorABORTED: 'Se canceló la solicitud.',
};
