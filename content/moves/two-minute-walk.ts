import { defineMove } from '../define';
import { ankle, arm, floor, hipHighlight, limbs, poses, swapSides } from '../figure/notation';
import type { Pose } from '../figure/types';

/**
 * Half a stride: leg A pushes off behind as leg B lands ahead, then swings
 * through under the body. The other half is the same with the sides swapped.
 */
const step: Omit<Pose, 'torso'>[] = [
  {
    pelvis: [120, 119],
    ...limbs(ankle(floor(83, 7), 60), ankle(floor(146), 105), arm(20, 40), arm(-20, -10)),
  },
  {
    pelvis: [120, 114],
    ...limbs(ankle(floor(112, 22), 60), ankle(floor(122), 90), arm(0, 10), arm(0, 10)),
  },
];

export default defineMove({
  perSide: false,
  timer: { kind: 'time', seconds: 120 },
  steps: 4,
  cautions: 2,
  figure: {
    view: 'side',
    props: [],
    loop: 'cycle',
    seconds: 1.6,
    still: 0,
    highlight: hipHighlight('A', 4, 3),
    frames: poses({ torso: 178 }, ...step, ...step.map(swapSides)),
  },
});
