import { defineMove, t } from '../define';
import { desk, flat, floor, hand, hipHighlight, holds, poses, seat, toe } from '../figure/notation';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  // Stepping down from the chair and changing feet, holding the desk, takes longer.
  switchSeconds: 12,
  steps: [
    t(
      'Set a chair that cannot roll beside your desk, its seat facing you.',
      'Coloca junto al escritorio una silla que no pueda rodar, con el asiento hacia ti.',
    ),
    t(
      'Hold the desk with one hand and put one foot on the seat, whole sole down.',
      'Sujétate al escritorio con una mano y pon un pie sobre el asiento, con toda la planta apoyada.',
    ),
    t(
      'Step the other foot back until that leg is long, heel lifted.',
      'Lleva el otro pie hacia atrás hasta que esa pierna quede larga, con el talón levantado.',
    ),
    t(
      'Keep your chest up and rest the free hand on your front thigh.',
      'Mantén el tronco erguido y apoya la mano libre en el muslo de delante.',
    ),
    t(
      'Tuck your pelvis and let your hips ease forward.',
      'Mete la pelvis y deja que la cadera avance con suavidad.',
    ),
    t(
      'To switch, step the back foot in, then lower the front foot, still holding the desk.',
      'Para cambiar, acerca el pie de atrás y luego baja el de delante, sin soltar el escritorio.',
    ),
  ],
  cue: t(
    'Breathe out as you shift forward, then stay and keep breathing.',
    'Suelta el aire al avanzar; luego quédate ahí y sigue respirando.',
  ),
  cautions: [
    t(
      'Never use a wheeled office chair for this: the seat must stay put under your foot.',
      'Nunca uses para esto una silla de oficina con ruedas: el asiento no debe moverse bajo el pie.',
    ),
    t(
      'Skip it if lifting your foot onto the seat bothers your knee.',
      'Sáltatelo si subir el pie al asiento te molesta en la rodilla.',
    ),
  ],
  easier: t(
    'Use a lower step instead, such as a sturdy box or footrest.',
    'Usa un apoyo más bajo, como una caja firme o un reposapiés.',
  ),
  harder: t(
    'Raise the arm on the back-leg side overhead as you stay in the lunge.',
    'Sube el brazo del lado de la pierna de atrás por encima de la cabeza mientras sigues en la zancada.',
  ),
  alt: t(
    'A person holds a desk with one hand, rests the whole front foot on a chair seat and shifts the hips forward, the back leg long; the front of the back hip is highlighted.',
    'Una persona se sujeta a un escritorio con una mano, apoya todo el pie de delante en el asiento de una silla y lleva la cadera hacia delante, con la pierna de atrás larga; se resalta la parte delantera de la cadera de atrás.',
  ),
  figure: {
    view: 'side',
    showPelvis: true,
    props: [
      { kind: 'desk', x: 20, width: 220, behind: true },
      { kind: 'chair', x: 130, back: 'right' },
    ],
    seconds: 5,
    highlight: hipHighlight('A', 4, 4),
    frames: poses(
      { legA: toe(floor(73), 60), legB: flat(seat(138)), armA: holds('kneeB', 'down') },
      { pelvis: [100, 124], torso: 176, tilt: 8, armB: hand(desk(143), 'back') },
      { pelvis: [105, 126], torso: 178, tilt: -10, armB: hand(desk(147), 'back') },
    ),
  },
});
