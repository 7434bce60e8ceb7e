import { defineMove } from '../define';
import { arm, desk, flat, floor, hand, hipHighlight, poses, toe } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: true,
  switchHow: 'turn',
  timer: { kind: 'reps', count: 6, secondsPerRep: 8 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    showPelvis: true,
    props: [deskBeside],
    seconds: 4,
    highlight: hipHighlight('A', 5, 4),
    frames: poses(
      { legB: flat(floor(122)) },
      {
        pelvis: [124, 115],
        torso: 180,
        tilt: 4,
        legA: toe(floor(134), 90),
        armA: arm(6, 4),
        armB: hand(desk(143), 'back'),
      },
      {
        pelvis: [120, 118],
        torso: 180,
        tilt: 0,
        legA: toe(floor(104, 12), 40),
        armA: arm(100, 110),
        armB: hand(desk(137), 'back'),
      },
      {
        pelvis: [116, 121],
        torso: 181,
        tilt: -10,
        legA: toe(floor(90), 60),
        armA: arm(146, 170),
        armB: hand(desk(134), 'back'),
      },
    ),
  },
});
