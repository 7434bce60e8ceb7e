import { defineMove } from '../define';
import { desk, flat, floor, hand, hipHighlight, holds, poses, seat, toe } from '../figure/notation';

export default defineMove({
  perSide: true,
  switchHow: 'legs',
  timer: { kind: 'hold', seconds: 30 },
  // Stepping down from the chair and changing feet, holding the desk, takes longer.
  switchSeconds: 12,
  steps: 6,
  cautions: 2,
  figure: {
    view: 'side',
    showPelvis: true,
    props: [
      { kind: 'desk', x: 20, width: 220, behind: true },
      { kind: 'chair', x: 130, back: 'right' },
    ],
    seconds: 5,
    highlight: hipHighlight('A', 4, 4),
    frames: poses(
      { legA: toe(floor(73), 60), legB: flat(seat(138)), armA: holds('kneeB', 'down') },
      { pelvis: [100, 124], torso: 176, tilt: 8, armB: hand(desk(143), 'back') },
      { pelvis: [105, 126], torso: 178, tilt: -10, armB: hand(desk(147), 'back') },
    ),
  },
});
