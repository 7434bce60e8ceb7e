import { defineMove, t } from '../define';
import { arm, desk, flat, floor, hand, hipHighlight, poses, seen } from '../figure/notation';

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
  // From the front, where circles out to the side show: the lifted thigh
  // points at the viewer, so it is drawn short; the knee goes round.
  figure: {
    view: 'front',
    props: [{ kind: 'desk', x: 150, width: 90 }],
    loop: 'cycle',
    seconds: 4,
    still: 1,
    highlight: hipHighlight('A', -2, 0),
    arrows: [{ kind: 'turn', at: 'kneeA', r: 13, from: 200, to: 520 }],
    frames: poses(
      {
        pelvis: [122, 114],
        torso: 180,
        roll: 0,
        legB: flat(floor(130), 'near'),
        armA: arm(-12, -6),
        armB: hand(desk(154), 'near'),
      },
      // In front, out to the side, down, back in.
      { legA: seen([115, 126], [114, 162], -90) },
      { legA: seen([99, 122], [96, 157], -90) },
      { legA: seen([105, 134], [104, 170], -90) },
      { legA: seen([114, 134], [114, 170], -90) },
    ),
  },
});
