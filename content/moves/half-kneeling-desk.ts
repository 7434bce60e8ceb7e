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
    { thigh: 0, torso: 180, tilt: 8, armA: arm(15, 60), armB: hand(desk(140)) },
    { thigh: -16, torso: 180, tilt: -10, armA: arm(20, 65), armB: hand(desk(148)) },
  ),
});
