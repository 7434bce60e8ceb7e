import { defineMove } from '../define';
import { flat, floor, hand, poses, seat } from '../figure/notation';

export default defineMove({
  perSide: false,
  timer: { kind: 'reps', count: 10, secondsPerRep: 4 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    props: [{ kind: 'chair', x: 50, back: 'left' }],
    seconds: 4,
    showPelvis: true,
    highlight: { bones: [], glow: { at: 'pelvis', dx: 0, dy: -4, r: 15 } },
    arrows: [{ kind: 'turn', at: 'pelvis', r: 15, from: -40, to: -140, both: true }],
    frames: poses(
      { pelvis: seat(79), legA: flat(floor(122)), legB: flat(floor(126)) },
      { torso: 176, tilt: 10, armA: hand([110, 140]), armB: hand([108, 139]) },
      { torso: 190, tilt: -16, armA: hand([108, 140]), armB: hand([106, 139]) },
    ),
  },
});
