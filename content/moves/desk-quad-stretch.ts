import { defineMove } from '../define';
import { desk, flat, floor, hand, hipHighlight, holds, leg, poses } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: true,
  switchHow: 'turn',
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    showPelvis: true,
    props: [deskBeside],
    seconds: 5,
    highlight: hipHighlight('A', 5, 6),
    frames: poses(
      { legB: flat(floor(116)), armA: holds('ankleA', 'back') },
      {
        pelvis: [118, 115],
        torso: 181,
        tilt: 8,
        legA: leg(14, -132, -160),
        armB: hand(desk(140), 'back'),
      },
      {
        pelvis: [120, 116],
        torso: 180,
        tilt: -10,
        legA: leg(0, -145, -170),
        armB: hand(desk(141), 'back'),
      },
    ),
  },
});
