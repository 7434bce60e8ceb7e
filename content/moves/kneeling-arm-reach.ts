import { defineMove } from '../define';
import { arm, desk, hand } from '../figure/notation';
import { halfKneeling } from '../shared';

export default defineMove({
  perSide: true,
  switchHow: 'cushion',
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  figure: halfKneeling(
    { thigh: -4, torso: 180, tilt: 4, armA: arm(10, 20), armB: hand(desk(142)) },
    { thigh: -14, torso: 182, tilt: -10, armA: arm(146, 172), armB: hand(desk(148)) },
  ),
});
