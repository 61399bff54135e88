import type { SessionTerms } from '../en/index.js';

/** Termos do <session-banner> (pt-BR). Redação do guia do Agent Desktop. */
export const session: SessionTerms = {
  bannerRegion: 'Mensagens da sessão',
  bannerSeverityError: 'Erro:',
  bannerSeverityWarning: 'Aviso:',
  bannerSeverityInfo: 'Informação:',
  bannerSeveritySuccess: 'Concluído:',

  bannerMultiSessionTitle: 'Sua sessão está aberta em outro lugar',
  bannerMultiSessionText:
    'Você não pode acessar o contact center em vários navegadores ou várias guias da mesma janela do navegador. Clique em Continuar para ser conectado nesta janela do navegador; a outra será desconectada.',
  bannerMultiSessionBusy:
    'Se você clicar em Continuar enquanto estiver em uma chamada, o painel de controle de interação demora alguns segundos para ser carregado.',
  bannerContinue: 'Continuar',

  bannerDegradedTitle: 'Alguns recursos não estão disponíveis',
  bannerDegradedFeatures: 'Indisponíveis no momento:',
  bannerDegradedText: 'Quando o administrador resolver o problema, recarregue o navegador para que todos os recursos fiquem disponíveis.',

  bannerSessionExpiredTitle: 'Sua sessão expirou',
  bannerSessionExpiredText: 'Por segurança, sua sessão foi encerrada. Inicie sessão novamente para continuar.',

  bannerConnectionLostTitle: 'Conexão perdida',
  bannerConnectionLostText:
    'Se não for possível restaurar sua sessão devido a uma falha de conexão, expiração da sessão ou problemas de armazenamento local, recarregue o navegador para atualizar a sessão.',

  bannerRonaTitle: 'Uma chamada não foi atendida',
  bannerRonaText:
    'Uma chamada foi direcionada a você, mas não foi atendida e seguiu para outro agente. Se não conseguir receber chamadas, entre em contato com o administrador para resolver esse problema compartilhando a ID de rastreamento.',

  bannerMicrophoneTitle: 'O navegador está bloqueando o microfone',
  bannerMicrophoneText: 'As chamadas pela Área de trabalho precisam do microfone.',
  bannerMicrophoneChrome: 'No Chrome, clique no ícone de configurações do site, à esquerda do endereço, ative Microfone e recarregue a página.',
  bannerMicrophoneEdge: 'No Edge, clique no ícone de cadeado, à esquerda do endereço, escolha Permissões para este site, defina Microfone como Permitir e recarregue a página.',
  bannerMicrophoneFirefox: 'No Firefox, clique no ícone de permissões, à esquerda do endereço, remova “Bloqueado temporariamente” ou “Bloqueado” ao lado do microfone e recarregue a página.',
  bannerMicrophoneSafari: 'No Safari, escolha Safari › Ajustes para Este Site, defina Microfone como Permitir e recarregue a página.',
  bannerMicrophoneOther:
    'Habilite o acesso ao microfone por meio das configurações do navegador e recarregue a página, ou entre em contato com o administrador.',

  bannerCollaborationTitle: (label: string) => `A autenticação no ${label} falhou`,
  bannerCollaborationTitleGeneric: 'A autenticação em uma ferramenta de colaboração falhou',
  bannerCollaborationText: 'Você pode continuar trabalhando. Autentique-se mais tarde nas Configurações de perfil.',

  bannerPreferencesTitle: 'Suas preferências não foram salvas',
  bannerPreferencesText: 'Não foi possível armazená-las neste navegador, então elas serão solicitadas novamente na próxima vez que você iniciar sessão.',

  bannerTrackingId: 'ID de rastreamento',
  bannerCopyLabel: 'Copiar ID de rastreamento',
  bannerCopied: 'ID de rastreamento copiada',
  bannerCopyFailed: 'Não foi possível copiar automaticamente. A ID está selecionada: pressione Ctrl+C (⌘C no Mac) para copiá-la.',
  bannerDismissLabel: (title: string) => `Fechar: ${title}`,
};
