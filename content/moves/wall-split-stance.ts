import { defineMove } from '../define';
import { flat, floor, hand, limbs, toe, wall } from '../figure/notation';
import { splitStance } from '../shared';

export default defineMove({
  perSide: true,
  switchHow: 'legs',
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  figure: splitStance(
    { kind: 'wall', x: 190 },
    limbs(toe(floor(101), 60), flat(floor(154)), hand(wall(84)), hand(wall(82))),
    { pelvis: [128, 120], torso: 166, tilt: 6 },
    { pelvis: [133, 123], torso: 168, tilt: -10 },
  ),
});
