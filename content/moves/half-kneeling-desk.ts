import { defineMove, t } from '../define';
import { arm, desk, hand } from '../figure/notation';
import { halfKneeling } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    t(
      'Put a folded jacket or cushion on the floor beside your desk.',
      'Pon una chaqueta doblada o un cojín en el suelo, junto al escritorio.',
    ),
    t(
      'Hold the desk edge and lower one knee onto the cushion, the other foot ahead.',
      'Agárrate al borde del escritorio y baja una rodilla hasta el cojín, con el otro pie delante.',
    ),
    t(
      'Keep the sole of that front foot on the floor and one hand on the desk.',
      'Deja la planta del pie de delante apoyada en el suelo y una mano en el escritorio.',
    ),
    t(
      'Tuck your pelvis, firm the buttock on the kneeling side and ease your hips forward.',
      'Mete la pelvis, aprieta el glúteo del lado de la rodilla apoyada y lleva la cadera un poco hacia delante.',
    ),
    t(
      'To get up, press down on the desk and the front foot, then stand.',
      'Para levantarte, empuja con la mano en el escritorio y con el pie de delante, y ponte de pie.',
    ),
  ],
  cue: t(
    'Keep your lower back neutral: the pelvis moves, the spine stays long.',
    'Mantén la zona lumbar neutra: se mueve la pelvis y la columna sigue larga.',
  ),
  cautions: [
    t(
      'Skip this one if kneeling hurts your knee, even on a cushion.',
      'Sáltatelo si arrodillarte te duele en la rodilla, aunque sea sobre un cojín.',
    ),
    t(
      'Do not arch your lower back to go deeper; a small shift is enough.',
      'No arquees la zona lumbar para llegar más lejos; basta con avanzar un poco.',
    ),
  ],
  easier: t(
    'Keep your hips right above the kneeling knee and only tuck the pelvis.',
    'Deja la cadera justo encima de la rodilla apoyada y limítate a meter la pelvis.',
  ),
  harder: t(
    'Raise the arm on the kneeling side overhead while you stay there.',
    'Sube el brazo del lado de la rodilla apoyada por encima de la cabeza mientras sigues ahí.',
  ),
  alt: t(
    'A person kneels on a cushion beside a desk, one foot forward and a hand on the desk, and shifts the hips forward; the front of the kneeling hip is highlighted.',
    'Una persona arrodillada sobre un cojín junto a un escritorio, con un pie delante y una mano en la mesa, lleva la cadera hacia delante; se resalta la parte delantera de la cadera apoyada.',
  ),
  figure: halfKneeling(
    { thigh: 0, torso: 180, tilt: 8, armA: arm(15, 60), armB: hand(desk(140)) },
    { thigh: -16, torso: 180, tilt: -10, armA: arm(20, 65), armB: hand(desk(148)) },
  ),
});
