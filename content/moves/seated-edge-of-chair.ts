import { defineMove } from '../define';
import { flat, floor, hand, seat, toe } from '../figure/notation';
import { edgeOfChair } from '../shared';

export default defineMove({
  perSide: true,
  switchHow: 'seat',
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  figure: edgeOfChair(
    { tilt: 6, legA: toe(floor(136), 90), legB: flat(floor(128)), armA: hand(seat(99), 'back') },
    hand(seat(100), 'back'),
    toe(floor(88), 70),
  ),
});
