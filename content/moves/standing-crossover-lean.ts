import { defineMove, t } from '../define';
import { arm, desk, flat, flatBack, floor, hand, hipHighlight, poses } from '../figure/notation';
import { sideOnToDesk } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    sideOnToDesk,
    t(
      'Cross your outer foot in front of the inner one, both soles on the floor.',
      'Cruza el pie exterior por delante del interior, con las dos plantas apoyadas.',
    ),
    t(
      'Keep most of your weight on the inner leg, the one behind.',
      'Deja casi todo el peso en la pierna interior, la de detrás.',
    ),
    t(
      'Let your hips drift slowly toward the desk until the outside of that hip stretches.',
      'Deja que la cadera se desplace despacio hacia el escritorio hasta notar el estiramiento en su parte exterior.',
    ),
    t(
      'Keep your shoulders level and your chest facing forward.',
      'Mantén los hombros nivelados y el pecho mirando al frente.',
    ),
  ],
  cue: t(
    'Breathe out as the hips drift; the move is sideways, not forward.',
    'Suelta el aire mientras la cadera se desplaza; el movimiento es hacia el lado, no hacia delante.',
  ),
  cautions: [
    t(
      'Keep the desk hand in place: crossed feet make a narrow base.',
      'No sueltes el escritorio: con los pies cruzados la base es estrecha.',
    ),
    t(
      'Go only as far as your hip allows, without twisting your knee.',
      'Llega solo hasta donde la cadera lo permita, sin girar la rodilla.',
    ),
  ],
  easier: t(
    'Keep the feet side by side and only shift the hips toward the desk.',
    'Deja los pies uno al lado del otro y solo desplaza la cadera hacia el escritorio.',
  ),
  harder: t(
    'Raise the outer arm overhead and reach it gently toward the desk.',
    'Sube el brazo exterior por encima de la cabeza y llévalo con suavidad hacia el escritorio.',
  ),
  alt: t(
    'Seen from the front, a person with one hand on a desk crosses one leg in front of the other and shifts the hips toward the desk; the outside of the inner hip is highlighted.',
    'Vista de frente: una persona con una mano en un escritorio cruza una pierna por delante de la otra y desplaza la cadera hacia el escritorio; se resalta la parte exterior de la cadera interior.',
  ),
  figure: {
    view: 'front',
    props: [{ kind: 'desk', x: 156, width: 84 }],
    seconds: 5,
    highlight: hipHighlight('B', 6, 2),
    frames: poses(
      // Knees bend toward the viewer: from the front each leg is one straight line.
      {
        legA: flatBack(floor(136), 'near'),
        legB: flat(floor(114), 'near'),
        armB: hand(desk(160), 'near'),
      },
      { pelvis: [120, 118], torso: 180, roll: 0, armA: arm(-10, -5) },
      { pelvis: [128, 120], torso: 186, roll: -6, armA: arm(-12, -6) },
    ),
  },
});
