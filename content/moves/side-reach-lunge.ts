import { defineMove } from '../define';
import { arm, desk, flat, floor, hand, hipHighlight, poses, toe } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: true,
  switchHow: 'turn',
  timer: { kind: 'hold', seconds: 30 },
  steps: 5,
  cautions: 2,
  // From the front, where the side bend shows: the back foot's step is hidden
  // in depth, the knees bend toward the viewer, the arm arcs over the head.
  figure: {
    view: 'front',
    props: [{ kind: 'desk', x: 178, width: 62 }],
    seconds: 5,
    showPelvis: true,
    // The split stance and the tuck, seen from the side.
    inset: {
      view: 'side',
      props: [deskBeside],
      seconds: 5,
      showPelvis: true,
      highlight: hipHighlight('A', 5, 4),
      frames: poses(
        { legA: toe(floor(92), 60), legB: flat(floor(146)) },
        {
          pelvis: [118, 121],
          torso: 180,
          tilt: 6,
          armA: arm(10, 20),
          armB: hand(desk(144), 'back'),
        },
        {
          pelvis: [121, 123],
          torso: 182,
          tilt: -10,
          armA: arm(146, 172),
          armB: hand(desk(142), 'back'),
        },
      ),
    },
    highlight: hipHighlight('A', -3, 2),
    frames: poses(
      { legA: flat(floor(136), 'near'), legB: flat(floor(156), 'near') },
      {
        pelvis: [146, 121],
        torso: 180,
        roll: 0,
        tilt: 6,
        armA: arm(-10, -6),
        armB: hand(desk(182), 'near'),
      },
      {
        pelvis: [144, 121],
        torso: 162,
        roll: 0,
        tilt: -10,
        // Out to the side and up (angles past -180), not across the body.
        armA: arm(-190, -215),
        armB: hand(desk(180), 'near'),
      },
    ),
  },
});
