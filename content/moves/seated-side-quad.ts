import { defineMove } from '../define';
import { flat, floor, hand, hipHighlight, holds, leg, poses, seat, seen } from '../figure/notation';

export default defineMove({
  perSide: true,
  switchHow: 'seat',
  timer: { kind: 'hold', seconds: 30 },
  switchSeconds: 12,
  steps: 5,
  cautions: 2,
  // From the front: sideways on the seat, the backrest beside the person,
  // the outer thigh down beside the chair and the heel drawn up behind it
  // (the shin points away from the viewer, so it is drawn short).
  figure: {
    view: 'front',
    props: [{ kind: 'chair', x: 100, back: 'right' }],
    seconds: 5,
    showPelvis: true,
    // The tuck and the thigh behind the trunk, seen from the side (the chair
    // further away: the leg hangs beside it).
    inset: {
      view: 'side',
      props: [{ kind: 'chair', x: 62, back: 'left', behind: true }],
      seconds: 5,
      showPelvis: true,
      highlight: hipHighlight('A', 5, 4),
      frames: poses(
        {
          pelvis: seat(98),
          legB: flat(floor(140)),
          armA: holds('ankleA', 'back'),
          armB: hand(seat(62), 'back'),
        },
        { torso: 184, tilt: 6, legA: leg(16, -130, -150) },
        { torso: 182, tilt: -10, legA: leg(-4, -150, -170) },
      ),
    },
    highlight: hipHighlight('A', -2, 6),
    frames: poses(
      {
        pelvis: seat(104),
        roll: 0,
        legB: flat(floor(116), 'near'),
        armA: holds('ankleA', 'near'),
        armB: hand(seat(132), 'near'),
      },
      { torso: 180, tilt: 6, legA: seen([92, 178], [76, 155], -90) },
      { torso: 181, tilt: -10, legA: seen([93, 181], [78, 152], -90) },
    ),
  },
});
