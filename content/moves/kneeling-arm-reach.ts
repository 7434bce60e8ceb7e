import { defineMove, t } from '../define';
import { arm, desk, hand } from '../figure/notation';
import { halfKneeling } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    t(
      'Put a cushion or folded jacket on the floor beside your desk.',
      'Pon un cojín o una chaqueta doblada en el suelo, junto al escritorio.',
    ),
    t(
      'Holding the desk, lower one knee onto the cushion, the other sole flat on the floor ahead.',
      'Sujetándote al escritorio, baja una rodilla hasta el cojín, con la planta del otro pie apoyada delante.',
    ),
    t(
      'Keep one hand on the desk, tuck your pelvis and firm the kneeling-side buttock.',
      'Deja una mano en el escritorio, mete la pelvis y aprieta el glúteo del lado de la rodilla apoyada.',
    ),
    t(
      'Raise the arm on the kneeling side overhead and reach tall.',
      'Sube el brazo del lado de la rodilla apoyada por encima de la cabeza y estírate hacia arriba.',
    ),
    t(
      'To get up, lower the arm, press down on the desk and stand.',
      'Para levantarte, baja el brazo, empuja con la mano en el escritorio y ponte de pie.',
    ),
  ],
  cue: t(
    'Grow a little taller with each breath in, without flaring your ribs.',
    'Crece un poco con cada inhalación, sin abrir las costillas hacia fuera.',
  ),
  cautions: [
    t(
      'Pad the kneeling knee well, and skip this if kneeling is painful.',
      'Protege bien la rodilla apoyada y sáltatelo si arrodillarte te duele.',
    ),
    t(
      'Do not arch your back to reach higher; the movement is in the hip.',
      'No arquees la espalda para llegar más alto; el movimiento está en la cadera.',
    ),
  ],
  easier: t(
    'Leave out the overhead reach and keep both hands on the desk.',
    'Omite el brazo arriba y deja las dos manos en el escritorio.',
  ),
  harder: t(
    'Add a slight lean away from the kneeling side as you reach.',
    'Añade una ligera inclinación hacia el lado contrario a la rodilla apoyada mientras te estiras.',
  ),
  alt: t(
    'A person kneels on a cushion beside a desk, one hand on it, and raises the other arm overhead; the front of the kneeling hip is highlighted.',
    'Una persona arrodillada sobre un cojín junto a un escritorio, con una mano apoyada, sube el otro brazo por encima de la cabeza; se resalta la parte delantera de la cadera apoyada.',
  ),
  figure: halfKneeling(
    { thigh: -4, torso: 180, tilt: 4, armA: arm(10, 20), armB: hand(desk(142)) },
    { thigh: -14, torso: 182, tilt: -10, armA: arm(146, 172), armB: hand(desk(148)) },
  ),
});
