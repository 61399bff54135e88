import type { CommonTerms } from '../en/index.js';

/** Términos comunes (es). Español neutro, trato de usted: «iniciar sesión», «ID de seguimiento». */
export const common: CommonTerms = {
  required: 'Obligatorio',
  trackingId: (id: string) => `ID de seguimiento: ${id}`,
  trackingIdLabel: 'ID de seguimiento:',
  copy: 'Copiar',
  copied: 'Copiado',
  dismiss: 'Cerrar',
  reload: 'Recargar',
  loading: 'Cargando…',
  errorINVALID_CREDENTIALS: 'El correo electrónico y la contraseña no coinciden. Compruébelos e inténtelo de nuevo.',
  errorACCOUNT_LOCKED: 'Su cuenta está bloqueada. Pida a su administrador que la desbloquee.',
  errorINVALID_CODE: 'El código no es correcto o ha caducado. Revise el correo que le enviamos o solicite un código nuevo.',
  errorDN_INVALID: 'Este número no puede recibir llamadas. Compruébelo o elija otra forma de atender las llamadas.',
  errorDN_IN_USE: 'Otro agente ha iniciado sesión con este número. Use otro número o consulte a su administrador.',
  errorTEAM_INVALID: 'Este equipo ya no está disponible para usted. Elija otro equipo.',
  errorNOT_AUTHORIZED: 'No tiene permiso para iniciar sesión aquí. Pida a su administrador que revise su perfil.',
  errorSESSION_EXPIRED: 'Su sesión ha caducado. Vuelva a iniciar sesión.',
  errorNETWORK: 'No se puede conectar con el centro de contacto. Compruebe su conexión e inténtelo de nuevo.',
  errorTIMEOUT: 'El centro de contacto tardó demasiado en responder. Inténtelo de nuevo.',
  errorUNAVAILABLE: 'El centro de contacto no está disponible en este momento. Inténtelo de nuevo en unos minutos.',
  errorUNKNOWN: 'Se ha producido un error. Inténtelo de nuevo; si vuelve a ocurrir, facilite el ID de seguimiento a su administrador.',
  errorBAD_RESPONSE:
    'El centro de contacto envió una respuesta que no pudimos leer. Inténtelo de nuevo o facilite el ID de seguimiento a su administrador.',
  errorNO_SERVICE:
    'Este inicio de sesión no está conectado a ningún centro de contacto. Defina la propiedad service del elemento o añada el atributo demo para probarlo.',
  errorNOT_SUPPORTED: 'Este centro de contacto no admite esta función. Consulte a su administrador.',
  errorABORTED: 'Se canceló la solicitud.',
};
