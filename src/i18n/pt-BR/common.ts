import type { CommonTerms } from '../en/index.js';

/** Termos comuns (pt-BR). Vocabulário do guia do Agent Desktop: "iniciar sessão", "ID de rastreamento". */
export const common: CommonTerms = {
  required: 'Obrigatório',
  trackingId: (id: string) => `ID de rastreamento: ${id}`,
  trackingIdLabel: 'ID de rastreamento:',
  copy: 'Copiar',
  copied: 'Copiada', // a ID de rastreamento, o único item copiado: concorda com bannerCopied, o nome do botão
  dismiss: 'Fechar',
  reload: 'Recarregar',
  loading: 'Carregando…',
  errorINVALID_CREDENTIALS: 'O e-mail e a senha não correspondem. Verifique-os e tente novamente.',
  errorACCOUNT_LOCKED: 'Sua conta está bloqueada. Peça ao administrador para desbloqueá-la.',
  errorINVALID_CODE: 'O código está incorreto ou expirou. Verifique o e-mail que enviamos ou peça um novo código.',
  errorDN_INVALID: 'Este número não pode receber chamadas. Verifique-o ou escolha outra forma de tratar chamadas.',
  errorDN_IN_USE: 'Outro agente iniciou sessão com este número. Use um número diferente ou fale com o administrador.',
  errorTEAM_INVALID: 'Esta equipe não está mais disponível para você. Escolha outra equipe.',
  errorNOT_AUTHORIZED: 'Você não tem permissão para iniciar sessão aqui. Peça ao administrador para revisar seu perfil.',
  errorSESSION_EXPIRED: 'Sua sessão expirou. Inicie sessão novamente.',
  errorNETWORK: 'Não foi possível acessar o contact center. Verifique sua conexão e tente novamente.',
  errorTIMEOUT: 'O contact center demorou demais para responder. Tente novamente.',
  errorUNAVAILABLE: 'O contact center está indisponível no momento. Tente novamente em alguns minutos.',
  errorUNKNOWN: 'Algo deu errado. Tente novamente; se continuar, informe a ID de rastreamento ao administrador.',
  errorBAD_RESPONSE: 'O contact center enviou uma resposta que não conseguimos ler. Tente novamente ou informe a ID de rastreamento ao administrador.',
  errorNO_SERVICE: 'Este início de sessão não está conectado a um contact center. Defina a propriedade service do elemento ou adicione o atributo demo para testar.',
  errorNOT_SUPPORTED: 'Este contact center não oferece suporte a isso. Fale com o administrador.',
  errorABORTED: 'A solicitação foi cancelada.',
};
