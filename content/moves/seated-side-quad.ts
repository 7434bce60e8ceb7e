import { defineMove } from '../define';
import { flat, floor, hand, hipHighlight, holds, leg, poses, seat } from '../figure/notation';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    props: [{ kind: 'chair', x: 62, back: 'left', behind: true }],
    seconds: 5,
    highlight: hipHighlight('A', 5, 4),
    frames: poses(
      {
        pelvis: seat(98),
        legB: flat(floor(140)),
        armA: holds('ankleA', 'back'),
        armB: hand(seat(88), 'back'),
      },
      { torso: 186, tilt: 6, legA: leg(24, -124, -150) },
      { torso: 184, tilt: -10, legA: leg(4, -140, -160) },
    ),
  },
});
