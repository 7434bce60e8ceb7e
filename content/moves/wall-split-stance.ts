import { defineMove, t } from '../define';
import { flat, floor, hand, limbs, toe, wall } from '../figure/notation';
import { splitStance } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    t(
      'Face a wall and place both palms on it at shoulder height.',
      'Ponte de cara a una pared y apoya las palmas a la altura de los hombros.',
    ),
    t(
      'Step one foot well back, heel lifted, toes pointing at the wall.',
      'Lleva un pie bien atrás, con el talón levantado y los dedos hacia la pared.',
    ),
    t(
      'Bend the front knee a little and keep your body in one line.',
      'Dobla un poco la rodilla de delante y mantén el cuerpo alineado.',
    ),
    t(
      'Tuck your pelvis and firm the buttock of the back leg.',
      'Mete la pelvis y aprieta el glúteo de la pierna de atrás.',
    ),
    t(
      'Let your hips drift toward the wall until the back hip opens gently.',
      'Deja que la cadera se acerque a la pared hasta que la cadera de atrás se abra con suavidad.',
    ),
  ],
  cue: t(
    'Press lightly into the wall and breathe out slowly.',
    'Empuja un poco la pared con las manos y suelta el aire despacio.',
  ),
  cautions: [
    t(
      'Wear shoes, or stand where the back foot cannot slip.',
      'Usa calzado o ponte donde el pie de atrás no pueda resbalar.',
    ),
    t(
      'Shorten the stance if your lower back arches.',
      'Acorta la zancada si se arquea la zona lumbar.',
    ),
  ],
  easier: t(
    'Step back less and keep the back heel nearer the floor.',
    'Retrocede menos y deja el talón de atrás más cerca del suelo.',
  ),
  harder: t(
    'Bend the front knee more while the back leg stays long.',
    'Dobla más la rodilla de delante mientras la pierna de atrás sigue larga.',
  ),
  alt: t(
    'A person leans both hands on a wall with one leg stepped back and lets the hips drift forward; the front of the back hip is highlighted.',
    'Una persona apoya las dos manos en una pared, con una pierna atrás, y deja que la cadera avance; se resalta la parte delantera de la cadera de atrás.',
  ),
  figure: splitStance(
    { kind: 'wall', x: 190 },
    limbs(toe(floor(101), 60), flat(floor(154)), hand(wall(84)), hand(wall(82))),
    { pelvis: [128, 120], torso: 166, tilt: 6 },
    { pelvis: [133, 123], torso: 168, tilt: -10 },
  ),
});
