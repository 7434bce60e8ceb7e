import type { Localized } from './types';

/** Shown before the first prompt and reachable later from the prompt and the options page. */
export const safetyNotice: { title: Localized; paragraphs: Localized[] } = {
  title: { en: 'Before you stretch', es: 'Antes de estirar' },
  paragraphs: [
    {
      en: 'Unsit suggests gentle movement breaks. It is not medical advice and does not replace a doctor or physiotherapist.',
      es: 'Unsit propone pausas de movimiento suaves. No es un consejo médico ni sustituye a un médico o fisioterapeuta.',
    },
    {
      en: 'Move within a comfortable range: aim for a mild, gentle tension, never pain. Go slowly, keep your spine neutral, breathe, and do not bounce.',
      es: 'Muévete dentro de un rango cómodo: busca una tensión suave, nunca dolor. Ve despacio, mantén la columna neutra, respira y no hagas rebotes.',
    },
    {
      en: 'Stop straight away at sharp pain, or if numbness, tingling, weakness in a leg, dizziness or nausea comes on while you move or afterwards. If it does not settle quickly, have it checked.',
      es: 'Para de inmediato ante un dolor agudo, o si durante el movimiento o después aparecen entumecimiento, hormigueo, debilidad en una pierna, mareo o náuseas. Si no se pasa enseguida, consúltalo.',
    },
    {
      en: 'Ask a health professional before using these moves if your legs or feet go numb, tingle or feel weak; if you have a recent injury, an inflammatory condition, a spinal problem or hip impingement; if you are pregnant; or if you have a hernia or had abdominal surgery recently.',
      es: 'Consulta a un profesional sanitario antes de hacer estos ejercicios si notas entumecimiento, hormigueo o debilidad en las piernas o los pies; si tienes una lesión reciente, una enfermedad inflamatoria, un problema de columna o un pinzamiento de cadera; si estás embarazada; o si tienes una hernia o te han operado del abdomen hace poco.',
    },
    {
      en: 'After recent surgery on a hip, knee or the spine, and above all with a hip replacement, get your surgeon or physiotherapist to say which positions are safe for you first: some of these moves may not be.',
      es: 'Tras una operación reciente de cadera, rodilla o columna, y sobre todo si llevas una prótesis de cadera, pide antes a tu cirujano o fisioterapeuta que te diga qué posturas son seguras para ti: puede que algunos de estos ejercicios no lo sean.',
    },
    {
      en: 'Pain that lingers or grows over the days is a reason to see someone, not to stretch harder.',
      es: 'Un dolor que dura o que va a más con los días es motivo para consultar, no para estirar con más fuerza.',
    },
    {
      en: 'Use steady support: a solid desk, a chair that cannot roll wherever a move asks for one, and something soft under a kneeling knee. In the options you can leave out kneeling moves and those that need a fixed chair.',
      es: 'Busca un apoyo firme: un escritorio sólido, una silla que no pueda rodar cuando el ejercicio lo pida y algo blando bajo la rodilla si te arrodillas. En las opciones puedes dejar fuera los ejercicios de rodillas y los que necesitan una silla fija.',
    },
    {
      en: 'Short breaks every 30 to 60 minutes help to break up long spells of sitting. A single move already counts.',
      es: 'Las pausas breves cada 30 a 60 minutos ayudan a cortar los periodos largos en la silla. Un solo ejercicio ya cuenta.',
    },
  ],
};

/** One short line shown under every move, in the prompt's answer bar. */
export const safetyLine: Localized = {
  en: 'Go gently and never bounce. Sharp pain, numbness, tingling or dizziness: stop and rest.',
  es: 'Con suavidad y sin rebotes. Ante dolor agudo, entumecimiento, hormigueo o mareo, para y descansa.',
};
