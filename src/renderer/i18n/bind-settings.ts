// The settings screen's words and the composer's template/signature words, in the Strings shape.
import type { NotifyKind, QuietMode } from '../../shared/notify';
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
    notifySettings: {
      title: s('notifySettings.title'),
      kind: {
        new_ticket: s('notifySettings.kind.new_ticket'),
        assigned: s('notifySettings.kind.assigned'),
        escalated: s('notifySettings.kind.escalated'),
        customer_wrote: s('notifySettings.kind.customer_wrote'),
        sla_warning: s('notifySettings.kind.sla_warning'),
        sla_breach: s('notifySettings.kind.sla_breach'),
        change_refused: s('notifySettings.kind.change_refused'),
      } satisfies Record<NotifyKind, string>,
      event: s('notifySettings.event'),
      on: s('notifySettings.on'),
      sound: s('notifySettings.sound'),
      onFor: (kind: string) => f('notifySettings.onFor', { kind }),
      soundFor: (kind: string) => f('notifySettings.soundFor', { kind }),
      warningMinutes: s('notifySettings.warningMinutes'),
      quietBreak: s('notifySettings.quietBreak'),
      quietAway: s('notifySettings.quietAway'),
      quiet: { all: s('notifySettings.quiet.all'), urgent: s('notifySettings.quiet.urgent'), none: s('notifySettings.quiet.none') } satisfies Record<QuietMode, string>,
      busySound: s('notifySettings.busySound'),
      hideText: s('notifySettings.hideText'),
      saved: s('notifySettings.saved'),
      permission: {
        granted: s('notifySettings.permission.granted'),
        default: s('notifySettings.permission.default'),
        denied: s('notifySettings.permission.denied'),
      },
      allow: s('notifySettings.allow'),
      minutesBounds: (min: number, max: number) => f('notifySettings.minutesBounds', { min, max }),
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
