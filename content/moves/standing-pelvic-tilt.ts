import { defineMove, t } from '../define';
import { flat, floor, hand, poses } from '../figure/notation';

export default defineMove({
  perSide: false,
  timer: { kind: 'reps', count: 8, secondsPerRep: 4 },
  steps: [
    t(
      'Stand tall, feet hip-width apart, knees slightly bent, hands on your hips.',
      'Ponte de pie, con los pies al ancho de la cadera, las rodillas ligeramente flexionadas y las manos en la cadera.',
    ),
    t(
      'Tighten your glutes and curl your tailbone down and forward.',
      'Aprieta los glúteos y lleva el coxis hacia abajo y hacia delante.',
    ),
    t(
      'Feel your lower back flatten and the front of both hips lengthen.',
      'Nota cómo se aplana la zona lumbar y se alarga la parte delantera de las caderas.',
    ),
    t(
      'Release back to neutral without arching.',
      'Vuelve a la posición neutra sin arquear la espalda.',
    ),
    t(
      'Repeat slowly, 8 times, in time with the timer.',
      'Repítelo despacio 8 veces, al ritmo del temporizador.',
    ),
  ],
  cue: t(
    'Breathe out as you tuck, breathe in as you release.',
    'Suelta el aire al meter la pelvis y tómalo al volver.',
  ),
  cautions: [
    t(
      'Keep the movement small; it comes from the pelvis, not from bending your spine.',
      'Haz un movimiento pequeño: sale de la pelvis, no de doblar la columna.',
    ),
    t(
      'If your lower back aches, make the tilt smaller still.',
      'Si te molesta la zona lumbar, haz la basculación aún más pequeña.',
    ),
  ],
  easier: t(
    'Stand with your back against a wall so you can feel the movement.',
    'Apoya la espalda en una pared para notar mejor el movimiento.',
  ),
  harder: t(
    'Stay tucked for two slow breaths before each release.',
    'Quédate con la pelvis metida dos respiraciones lentas antes de soltar.',
  ),
  alt: t(
    'A person stands with hands on hips and tucks the pelvis under, its front rising, as a curved arrow shows.',
    'Una persona de pie con las manos en la cadera mete la pelvis hacia abajo, con la parte delantera subiendo, como indica una flecha curva.',
  ),
  figure: {
    view: 'side',
    props: [],
    seconds: 3,
    showPelvis: true,
    highlight: { bones: [], glow: { at: 'pelvis', dx: 6, dy: 2, r: 15 } },
    arrows: [{ kind: 'turn', at: 'pelvis', r: 21, from: 55, to: 135 }],
    frames: poses(
      { legA: flat(floor(112)), legB: flat(floor(116)) },
      {
        pelvis: [118, 115],
        torso: 181,
        tilt: 12,
        armA: hand([124, 108], 'back'),
        armB: hand([122, 107], 'back'),
      },
      {
        pelvis: [120, 117],
        torso: 179,
        tilt: -18,
        armA: hand([126, 110], 'back'),
        armB: hand([124, 109], 'back'),
      },
    ),
  },
});
