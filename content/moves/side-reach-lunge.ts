import { defineMove, t } from '../define';
import { arm, desk, flat, floor, hand, hipHighlight, poses, toe } from '../figure/notation';
import { deskBeside, sideOnToDesk } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    sideOnToDesk,
    t(
      'Step the outer foot well back, heel lifted, both knees a little bent.',
      'Lleva bien atrás el pie del lado exterior, con el talón levantado y las rodillas un poco dobladas.',
    ),
    t(
      'Tuck your pelvis and firm up the buttock of the back leg.',
      'Mete la pelvis y aprieta el glúteo de la pierna de atrás.',
    ),
    t(
      'Raise the free arm straight up, then arc it gently over toward the desk.',
      'Sube el brazo libre recto hacia arriba y luego llévalo en un arco suave hacia el escritorio.',
    ),
    t(
      'Stay there as the stretch runs from the hip up your side.',
      'Quédate ahí mientras el estiramiento sube desde la cadera por el costado.',
    ),
  ],
  cue: t(
    'Breathe into the side of your ribs that is lengthening.',
    'Lleva el aire al costado que se está alargando.',
  ),
  cautions: [
    t(
      'Bend only slightly to the side and keep your chest facing forward.',
      'Inclínate solo un poco hacia el lado y mantén el pecho mirando al frente.',
    ),
    t(
      'Lower the arm if your shoulder pinches.',
      'Baja el brazo si notas un pinchazo en el hombro.',
    ),
  ],
  easier: t(
    'Keep the arm pointing straight up, with no side bend.',
    'Deja el brazo apuntando hacia arriba, sin inclinarte hacia el lado.',
  ),
  harder: t(
    'Lengthen the stance and bend a little further with each breath out.',
    'Alarga la zancada e inclínate un poco más con cada exhalación.',
  ),
  alt: t(
    'A person in a split stance holds a desk beside them and raises the other arm overhead; the front of the back hip is highlighted.',
    'Una persona en zancada se sujeta a un escritorio que tiene al lado y sube el otro brazo por encima de la cabeza; se resalta la parte delantera de la cadera de atrás.',
  ),
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
