import type { Localized } from './types';

/** Shown before the first prompt and reachable later from the options page. */
export const safetyNotice: { title: Localized; paragraphs: Localized[] } = {
  title: { en: 'Before you stretch', es: 'Antes de estirar' },
  paragraphs: [
    {
      en: 'Unsit suggests gentle movement breaks. It is not medical advice and does not replace a doctor or physiotherapist.',
      es: 'Unsit propone pausas de movimiento suaves. No es un consejo médico ni sustituye a un médico o fisioterapeuta.',
    },
    {
      en: 'Move within a comfortable range: aim for a mild pull, never pain. Go slowly, keep your spine neutral and do not bounce.',
      es: 'Muévete dentro de un rango cómodo: busca un tirón leve, nunca dolor. Ve despacio, mantén la columna neutra y no hagas rebotes.',
    },
    {
      en: 'Stop straight away if you feel sharp pain or get dizzy. Do not push through it.',
      es: 'Para de inmediato si sientes un dolor agudo o te mareas. No sigas forzando.',
    },
    {
      en: 'Talk to a health professional before using these stretches if you have numbness or tingling in your legs or feet, are pregnant, had abdominal surgery recently, or have a hernia.',
      es: 'Consulta a un profesional sanitario antes de hacer estos estiramientos si notas entumecimiento u hormigueo en las piernas o los pies, si estás embarazada, si te han operado del abdomen hace poco o si tienes una hernia.',
    },
    {
      en: 'Use steady support: a solid desk, a chair that cannot roll, and something soft under a kneeling knee.',
      es: 'Busca un apoyo firme: un escritorio sólido, una silla que no ruede y algo blando bajo la rodilla si te arrodillas.',
    },
    {
      en: 'Short breaks every 30 to 60 minutes help to break up long spells of sitting. A single stretch already counts.',
      es: 'Las pausas breves cada 30 a 60 minutos ayudan a cortar los periodos largos en la silla. Un solo estiramiento ya cuenta.',
    },
  ],
};

/** One short line shown under every stretch. */
export const safetyLine: Localized = {
  en: 'Stay gentle and never bounce. Stop if you feel sharp pain.',
  es: 'Sin forzar y sin rebotes. Para si sientes un dolor agudo.',
};
