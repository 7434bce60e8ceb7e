import { defineMove } from '../define';
import { ankle, flat, floor, hand, hipHighlight, poses, seat } from '../figure/notation';

export default defineMove({
  perSide: false,
  timer: { kind: 'reps', count: 16, secondsPerRep: 3 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    props: [{ kind: 'chair', x: 56, back: 'left' }],
    seconds: 2.4,
    highlight: hipHighlight('A', 8, -3),
    frames: poses(
      {
        pelvis: seat(80),
        legB: flat(floor(124)),
        armA: hand(seat(92), 'back'),
        armB: hand(seat(90), 'back'),
      },
      { torso: 180, legA: ankle(floor(120), 90, 'up') },
      { torso: 181, legA: ankle(floor(122, 16), 85, 'up') },
    ),
  },
});
