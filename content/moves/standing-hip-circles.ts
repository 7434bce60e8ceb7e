import { defineMove, t } from '../define';
import { arm, desk, flat, floor, hand, hipHighlight, leg, poses } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'reps', count: 8, secondsPerRep: 5 },
  steps: [
    t(
      'Hold the desk with one hand and shift your weight onto the leg nearest it.',
      'Sujétate al escritorio con una mano y pasa el peso a la pierna más cercana.',
    ),
    t(
      'Lift the other knee in front of you to a comfortable height.',
      'Sube la otra rodilla por delante hasta una altura cómoda.',
    ),
    t(
      'Draw slow circles with that knee: out to the side, down and back in.',
      'Dibuja círculos lentos con esa rodilla: hacia fuera, abajo y de vuelta.',
    ),
    t(
      'Do 4 circles one way, then 4 the other way.',
      'Haz 4 círculos en un sentido y luego 4 en el otro.',
    ),
    t(
      'Keep your upper body still and the standing knee soft.',
      'Mantén el tronco quieto y la rodilla de apoyo algo flexionada.',
    ),
  ],
  cue: t(
    'Move smoothly and keep breathing; small circles are fine.',
    'Muévete con suavidad y sigue respirando; los círculos pueden ser pequeños.',
  ),
  cautions: [
    t(
      'Stay in a pain-free range and never swing the leg.',
      'Quédate en un rango sin dolor y no balancees nunca la pierna.',
    ),
    t('Grip the desk firmly if you wobble.', 'Sujétate con firmeza al escritorio si te tambaleas.'),
  ],
  easier: t(
    'Leave the toes on the floor and circle the knee gently.',
    'Deja la punta del pie en el suelo y haz círculos suaves con la rodilla.',
  ),
  harder: t(
    'Make the circles a little wider while keeping the pelvis level.',
    'Haz los círculos algo más amplios sin que la pelvis se incline.',
  ),
  alt: t(
    'A person holding a desk lifts one knee and circles it, as a round arrow shows; the lifted hip is highlighted.',
    'Una persona sujeta a un escritorio sube una rodilla y la mueve en círculos, como indica una flecha redonda; se resalta la cadera de esa pierna.',
  ),
  figure: {
    view: 'side',
    props: [deskBeside],
    seconds: 3,
    highlight: hipHighlight('A', 2, 0),
    arrows: [{ kind: 'turn', at: 'kneeA', r: 14, from: 200, to: 520 }],
    frames: poses(
      {
        pelvis: [112, 115],
        torso: 180,
        legB: flat(floor(108)),
        armA: arm(-10, 10),
        armB: hand(desk(118), 'back'),
      },
      { legA: leg(50, 8, 80) },
      { legA: leg(88, 20, 95) },
    ),
  },
});
