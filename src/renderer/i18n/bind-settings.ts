// The settings screen's words and the composer's template/signature words, in the Strings shape.
import type { TemplateId } from '../customer-words';
import type { Messages } from './messages';

export function bindSettings(m: Messages) {
  const f = m.format.bind(m);
  const s = m.text.bind(m);
  return {
    settings: {
      title: s('settings.title'),
      open: s('settings.open'),
      language: s('settings.language'),
      keys: s('settings.keys'),
      keysHint: s('settings.keysHint'),
      action: s('settings.action'),
      currentKeys: s('settings.currentKeys'),
      noKey: s('settings.noKey'),
      change: s('settings.change'),
      changeFor: (action: string) => f('settings.changeFor', { action }),
      capturing: s('settings.capturing'),
      default: s('settings.default'),
      defaultFor: (action: string) => f('settings.defaultFor', { action }),
      resetAll: s('settings.resetAll'),
      close: s('settings.close'),
      saved: (action: string, keys: string) => f('settings.saved', { action, keys }),
      resetDone: (action: string, keys: string | null) =>
        keys ? f('settings.resetDone', { action, keys }) : f('settings.resetDoneNone', { action }),
      resetAllDone: s('settings.resetAllDone'),
      cancelled: s('settings.cancelled'),
      /** Why a key was not kept; the other action's name and its keys come in words (“Next ticket”, Ctrl+k). */
      refused: {
        key_in_use: (action: string, keys: string) => f('settings.refused.key_in_use', { action, keys }),
        key_needs_modifier: s('settings.refused.key_needs_modifier'),
        key_reserved: s('settings.refused.key_reserved'),
        key_invalid: s('settings.refused.key_invalid'),
      },
    },
    templates: {
      button: s('composer.templates'),
      title: (language: string) => f('composer.templatesTitle', { language }),
      names: {
        acknowledge: s('composer.template.acknowledge'),
        moreInfo: s('composer.template.moreInfo'),
        escalated: s('composer.template.escalated'),
        solved: s('composer.template.solved'),
      } satisfies Record<TemplateId, string>,
      inserted: (language: string) => f('composer.templateInserted', { language }),
      customerLanguage: (language: string) => f('composer.customerLanguage', { language }),
      languageUnknown: s('composer.languageUnknown'),
      sign: s('composer.sign'),
    },
  };
}
