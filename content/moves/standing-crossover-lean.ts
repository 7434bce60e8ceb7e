import { defineMove } from '../define';
import { arm, desk, flat, flatBack, floor, hand, hipHighlight, poses } from '../figure/notation';

export default defineMove({
  perSide: true,
  switchHow: 'turn',
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  figure: {
    view: 'front',
    props: [{ kind: 'desk', x: 156, width: 84 }],
    seconds: 5,
    highlight: hipHighlight('B', 6, 2),
    frames: poses(
      // Knees bend toward the viewer: from the front each leg is one straight line.
      {
        legA: flatBack(floor(136), 'near'),
        legB: flat(floor(114), 'near'),
        armB: hand(desk(160), 'near'),
      },
      { pelvis: [120, 118], torso: 180, roll: 0, armA: arm(-10, -5) },
      { pelvis: [128, 120], torso: 186, roll: -6, armA: arm(-12, -6) },
    ),
  },
});
