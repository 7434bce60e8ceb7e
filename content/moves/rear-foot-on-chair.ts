import { defineMove, t } from '../define';
import { desk, flat, flatBack, floor, hand, hipHighlight, poses, seat } from '../figure/notation';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  // Taking the foot off the seat and setting up the other side, holding the desk.
  switchSeconds: 15,
  steps: [
    t(
      'Put a chair that cannot roll behind you, seat toward you, beside your desk.',
      'Pon detrás de ti, junto al escritorio, una silla que no pueda rodar, con el asiento hacia ti.',
    ),
    t(
      'Hold the desk, bend one knee and rest the top of that foot on the seat.',
      'Sujétate al escritorio, dobla una rodilla y apoya el empeine de ese pie en el asiento.',
    ),
    t(
      'Step the standing foot forward until the back knee points at the floor.',
      'Adelanta el pie de apoyo hasta que la rodilla de atrás apunte al suelo.',
    ),
    t(
      'Stand tall, tuck your pelvis and firm the buttock of the raised leg.',
      'Estira la espalda, mete la pelvis y aprieta el glúteo de la pierna elevada.',
    ),
    t(
      'To come out, hold the desk, step the front foot back and lift the foot off the seat.',
      'Para salir, sujétate al escritorio, retrasa el pie de delante y saca el otro pie del asiento.',
    ),
  ],
  cue: t(
    'Breathe slowly; a small tuck is plenty in this position.',
    'Respira despacio; en esta postura basta con meter un poco la pelvis.',
  ),
  cautions: [
    t(
      'Advanced: try it only once the other stretches feel easy, and skip it after knee surgery or a hip replacement.',
      'Avanzado: pruébalo solo cuando los demás estiramientos te resulten fáciles, y evítalo si te han operado de la rodilla o llevas una prótesis de cadera.',
    ),
    t(
      'Keep a hand on the desk the whole time; stop if the front of the knee hurts.',
      'No sueltes el escritorio en ningún momento; para si te duele la parte delantera de la rodilla.',
    ),
    t(
      'A chair on wheels would slide away under the back foot: use a fixed one.',
      'Una silla con ruedas se deslizaría bajo el pie de atrás: usa una fija.',
    ),
  ],
  easier: t(
    'Rest the back foot on something lower, such as a low footstool.',
    'Apoya el pie de atrás en algo más bajo, como un taburete bajo.',
  ),
  harder: t(
    'Bend the front knee a little more while the pelvis stays tucked.',
    'Dobla un poco más la rodilla de delante sin dejar de meter la pelvis.',
  ),
  alt: t(
    'A person holding a desk stands with the top of the back foot on a chair seat behind them and tucks the pelvis; the front of that thigh and hip is highlighted.',
    'Una persona sujeta a un escritorio, con el empeine del pie de atrás sobre el asiento de una silla, mete la pelvis; se resalta la parte delantera de ese muslo y esa cadera.',
  ),
  figure: {
    view: 'side',
    showPelvis: true,
    props: [
      { kind: 'chair', x: 36, back: 'left' },
      { kind: 'desk', x: 150, width: 90 },
    ],
    seconds: 5,
    highlight: hipHighlight('A', 5, 5),
    frames: poses(
      { legA: flatBack(seat(58), 'down'), legB: flat(floor(144)) },
      { pelvis: [107, 124], torso: 172, tilt: 8, armA: hand(desk(151)), armB: hand(desk(152)) },
      { pelvis: [109, 126], torso: 175, tilt: -10, armA: hand(desk(154)), armB: hand(desk(157)) },
    ),
  },
});
