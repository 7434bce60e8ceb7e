import { defineMove } from '../define';
import { ankle, desk, flat, floor, hand, poses } from '../figure/notation';

export default defineMove({
  perSide: true,
  timer: { kind: 'reps', count: 10, secondsPerRep: 3 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    props: [{ kind: 'desk', x: 150, width: 90 }],
    seconds: 2.4,
    highlight: { bones: [], glow: { at: 'hipA', dx: -8, dy: 3, r: 12 } },
    frames: poses(
      { legB: flat(floor(128)), armA: hand(desk(156)), armB: hand(desk(157)) },
      { pelvis: [124, 116], torso: 172, legA: ankle(floor(124), 90) },
      { pelvis: [125, 117], torso: 170, legA: ankle(floor(102, 8), 75) },
    ),
  },
});
