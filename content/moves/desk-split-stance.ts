import { defineMove, t } from '../define';
import { desk, flat, floor, hand, limbs, toe } from '../figure/notation';
import { splitStance } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    t(
      'Face your desk and rest both hands on its edge.',
      'Colócate de cara al escritorio y apoya las dos manos en el borde.',
    ),
    t(
      'Step one foot well back, heel off the floor, toes pointing ahead.',
      'Lleva un pie bien atrás, con el talón despegado y los dedos mirando al frente.',
    ),
    t(
      'Let both knees bend a little and keep your body upright.',
      'Deja que las dos rodillas se doblen un poco y mantén el tronco erguido.',
    ),
    t(
      'Tuck your tailbone under and firm up the buttock of the back leg.',
      'Mete el coxis hacia abajo y aprieta el glúteo de la pierna de atrás.',
    ),
    t(
      'Stay there while the top of the back thigh opens gently.',
      'Quédate ahí mientras la parte alta del muslo de atrás se abre con suavidad.',
    ),
  ],
  cue: t(
    'Breathe out slowly and let the front of the hip soften a little more each time.',
    'Suelta el aire despacio y deja que la parte delantera de la cadera ceda un poco más cada vez.',
  ),
  cautions: [
    t(
      'Lean on the desk only once you know it will not slide.',
      'Apóyate en el escritorio solo cuando sepas que no se va a deslizar.',
    ),
    t(
      'If your lower back starts to arch, bring the back foot closer.',
      'Si la zona lumbar empieza a arquearse, acerca el pie de atrás.',
    ),
  ],
  easier: t(
    'Take a shorter step back and let the back heel stay lower.',
    'Da un paso más corto hacia atrás y deja el talón de atrás más bajo.',
  ),
  harder: t(
    'Widen the stance a little and sink the hips slightly lower.',
    'Separa un poco más los pies y baja ligeramente la cadera.',
  ),
  alt: t(
    'A person faces a desk with both hands on it and one leg stepped far back, then tucks the pelvis; the front of the back hip is highlighted.',
    'Una persona de cara a un escritorio, con las dos manos apoyadas y una pierna muy atrás, mete la pelvis; se resalta la parte delantera de la cadera de atrás.',
  ),
  figure: splitStance(
    { kind: 'desk', x: 148, width: 92 },
    limbs(toe(floor(92), 62), flat(floor(150)), hand(desk(154)), hand(desk(158))),
    { pelvis: [122, 122], torso: 168, tilt: 8 },
    { pelvis: [126, 125], torso: 172, tilt: -10 },
  ),
});
