import { defineMove } from '../define';
import { flat, floor, hand, poses, seat } from '../figure/notation';

export default defineMove({
  perSide: false,
  timer: { kind: 'reps', count: 10, secondsPerRep: 5 },
  steps: 5,
  cautions: 1,
  figure: {
    view: 'side',
    props: [{ kind: 'chair', x: 56, back: 'left' }],
    seconds: 2.5,
    showPelvis: true,
    highlight: { bones: [], glow: { at: 'pelvis', dx: -6, dy: 2, r: 15 } },
    frames: poses(
      { pelvis: seat(80), legA: flat(floor(122)), legB: flat(floor(126)) },
      { torso: 178, tilt: 6, armA: hand([108, 141]), armB: hand([106, 140]) },
      { torso: 185, tilt: -12, armA: hand([107, 141]), armB: hand([105, 140]) },
    ),
  },
});
