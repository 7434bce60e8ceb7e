import { defineMove } from '../define';
import { arm, desk, flat, floor, hand, hipHighlight, leg, poses } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'reps', count: 8, secondsPerRep: 5 },
  steps: 5,
  cautions: 2,
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
