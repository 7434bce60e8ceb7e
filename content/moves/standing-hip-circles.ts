import { defineMove } from '../define';
import { arm, desk, flat, floor, hand, hipHighlight, poses, seen } from '../figure/notation';

export default defineMove({
  perSide: true,
  switchHow: 'turn',
  timer: { kind: 'reps', count: 8, secondsPerRep: 5 },
  steps: 5,
  cautions: 2,
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
