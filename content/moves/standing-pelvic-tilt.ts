import { defineMove } from '../define';
import { flat, floor, hand, poses } from '../figure/notation';

export default defineMove({
  perSide: false,
  timer: { kind: 'reps', count: 8, secondsPerRep: 4 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'side',
    props: [],
    seconds: 3,
    showPelvis: true,
    highlight: { bones: [], glow: { at: 'pelvis', dx: 6, dy: 2, r: 15 } },
    arrows: [{ kind: 'turn', at: 'pelvis', r: 21, from: 55, to: 135 }],
    frames: poses(
      { legA: flat(floor(112)), legB: flat(floor(116)) },
      {
        pelvis: [118, 115],
        torso: 181,
        tilt: 12,
        armA: hand([124, 108], 'back'),
        armB: hand([122, 107], 'back'),
      },
      {
        pelvis: [120, 117],
        torso: 179,
        tilt: -18,
        armA: hand([126, 110], 'back'),
        armB: hand([124, 109], 'back'),
      },
    ),
  },
});
