import { defineMove } from '../define';
import { arm, flat, floor, toe } from '../figure/notation';
import { edgeOfChair } from '../shared';

export default defineMove({
  perSide: true,
  switchHow: 'seat',
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  figure: edgeOfChair(
    { tilt: 4, legA: toe(floor(62), 45), legB: flat(floor(128)), armA: arm(10, 20) },
    arm(146, 172),
  ),
});
