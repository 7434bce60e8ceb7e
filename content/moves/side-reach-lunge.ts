import { defineMove } from '../define';
import { arm, desk, flat, floor, hand, hipHighlight, poses, toe } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    props: [deskBeside],
    seconds: 5,
    highlight: hipHighlight('A', 5, 4),
    frames: poses(
      { legA: toe(floor(89), 60), legB: flat(floor(146)) },
      { pelvis: [118, 121], torso: 180, tilt: 6, armA: arm(20, 10), armB: hand(desk(126), 'back') },
      {
        pelvis: [121, 123],
        torso: 182,
        tilt: -10,
        armA: arm(172, 165),
        armB: hand(desk(128), 'back'),
      },
    ),
  },
});
