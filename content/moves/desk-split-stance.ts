import { defineMove } from '../define';
import { desk, flat, floor, hand, limbs, toe } from '../figure/notation';
import { splitStance } from '../shared';

export default defineMove({
  perSide: true,
  switchHow: 'legs',
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  figure: splitStance(
    { kind: 'desk', x: 148, width: 92 },
    limbs(toe(floor(92), 62), flat(floor(150)), hand(desk(154)), hand(desk(158))),
    { pelvis: [122, 122], torso: 168, tilt: 8 },
    { pelvis: [126, 125], torso: 172, tilt: -10 },
  ),
});
