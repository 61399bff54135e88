import type { CommonTerms } from '../en/index.js';

/**
 * Termes communs (fr). Vouvoiement. Typographie : espace insécable (\u00a0) avant « : » et dans les
 * guillemets, espace fine insécable (\u202f) avant « ; ? ! », écrites en échappements pour rester visibles.
 */
export const common: CommonTerms = {
  required: 'Obligatoire',
  trackingId: (id: string) => `ID de suivi\u00a0: ${id}`,
  trackingIdLabel: 'ID de suivi\u00a0:',
  copy: 'Copier',
  copied: 'Copié',
  dismiss: 'Fermer',
  reload: 'Recharger',
  loading: 'Chargement…',
  errorINVALID_CREDENTIALS: 'L’adresse e-mail et le mot de passe ne correspondent pas. Vérifiez-les, puis réessayez.',
  errorACCOUNT_LOCKED: 'Votre compte est verrouillé. Demandez à votre administrateur de le déverrouiller.',
  errorINVALID_CODE: 'Ce code est incorrect ou a expiré. Vérifiez l’e-mail que nous vous avons envoyé ou demandez un nouveau code.',
  errorDN_INVALID: 'Ce numéro ne peut pas recevoir d’appels. Vérifiez-le ou choisissez un autre mode de traitement des appels.',
  errorDN_IN_USE: 'Un autre agent est connecté avec ce numéro. Utilisez un autre numéro ou contactez votre administrateur.',
  errorTEAM_INVALID: 'Cette équipe ne vous est plus accessible. Choisissez une autre équipe.',
  errorNOT_AUTHORIZED: 'Vous n’avez pas l’autorisation de vous connecter ici. Demandez à votre administrateur de vérifier votre profil.',
  errorSESSION_EXPIRED: 'Votre session a expiré. Reconnectez-vous.',
  errorNETWORK: 'Impossible de joindre le centre de contact. Vérifiez votre connexion, puis réessayez.',
  errorTIMEOUT: 'Le centre de contact a mis trop de temps à répondre. Réessayez.',
  errorUNAVAILABLE: 'Le centre de contact est indisponible pour le moment. Réessayez dans quelques minutes.',
  errorUNKNOWN: 'Une erreur s’est produite. Réessayez\u202f; si le problème persiste, communiquez l’ID de suivi à votre administrateur.',
  errorBAD_RESPONSE:
    'Le centre de contact a envoyé une réponse illisible. Réessayez ou communiquez l’ID de suivi à votre administrateur.',
  errorNO_SERVICE:
    'Cette connexion n’est reliée à aucun centre de contact. Définissez la propriété service de l’élément, ou ajoutez l’attribut demo pour l’essayer.',
  errorNOT_SUPPORTED: 'Ce centre de contact ne prend pas en charge cette fonction. Contactez votre administrateur.',
  errorABORTED: 'La demande a été annulée.',
};
