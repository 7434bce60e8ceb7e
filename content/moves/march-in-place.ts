import { defineMove } from '../define';
import { ankle, arm, desk, flat, floor, hand, hipHighlight, poses } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: false,
  timer: { kind: 'time', seconds: 45 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    props: [deskBeside],
    seconds: 2.4,
    highlight: hipHighlight('A', 6, -2),
    frames: poses(
      { legB: flat(floor(114)), armB: hand(desk(95), 'back') },
      { pelvis: [118, 115], torso: 180, legA: ankle(floor(120), 90), armA: arm(-6, -2) },
      { pelvis: [118, 114], torso: 182, legA: ankle(floor(142, 30), 70), armA: arm(-9, -3) },
    ),
  },
});
