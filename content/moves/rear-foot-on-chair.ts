import { defineMove } from '../define';
import { desk, flat, flatBack, floor, hand, hipHighlight, poses, seat } from '../figure/notation';

export default defineMove({
  perSide: true,
  switchHow: 'legs',
  timer: { kind: 'hold', seconds: 30 },
  // Taking the foot off the seat and setting up the other side, holding the desk.
  switchSeconds: 15,
  steps: 5,
  cautions: 3,
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
