import { defineMove } from '../define';
import { desk, flat, floor, hand, poses, toe } from '../figure/notation';

export default defineMove({
  perSide: true,
  switchHow: 'legs',
  timer: { kind: 'reps', count: 10, secondsPerRep: 3 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    props: [{ kind: 'desk', x: 150, width: 90 }],
    seconds: 2.4,
    highlight: { bones: [], glow: { at: 'hipA', dx: -8, dy: 3, r: 12 } },
    // The leg straight and back past vertical, the toes brushing the floor:
    // a straight leg that far back cannot clear it, so it does not lift.
    frames: poses(
      { legB: flat(floor(128)), armA: hand(desk(156)), armB: hand(desk(157)) },
      { pelvis: [124, 114], torso: 172, legA: toe(floor(138), 90) },
      { pelvis: [125, 114], torso: 171, legA: toe(floor(109.5), 68) },
    ),
  },
});
