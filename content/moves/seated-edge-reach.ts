import { defineMove, t } from '../define';
import { arm, flat, floor, toe } from '../figure/notation';
import { edgeOfChair } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    t(
      'Use a chair that cannot roll; sit sideways on its front edge.',
      'Usa una silla que no pueda rodar y siéntate de lado en el borde delantero.',
    ),
    t(
      'Let the outer leg slide back, knee toward the floor, toes down.',
      'Desliza hacia atrás la pierna exterior, con la rodilla hacia el suelo y los dedos apoyados.',
    ),
    t(
      'Hold the seat with the other hand and tuck your pelvis.',
      'Sujeta el asiento con la otra mano y mete la pelvis.',
    ),
    t(
      'Raise the arm on the back-leg side straight up.',
      'Sube recto el brazo del lado de la pierna de atrás.',
    ),
    t(
      'Reach tall and slightly toward the front leg, then stay there.',
      'Estírate hacia arriba y un poco hacia la pierna de delante, y quédate ahí.',
    ),
  ],
  cue: t(
    'With every breath out, let your spine grow a little longer.',
    'Con cada exhalación, alarga un poco más la columna.',
  ),
  cautions: [
    t(
      'A chair on wheels can slide away during this move; use a fixed one.',
      'Una silla con ruedas puede desplazarse con este ejercicio; usa una fija.',
    ),
    t(
      'Lower the arm if your shoulder or lower back pinches.',
      'Baja el brazo si notas un pinchazo en el hombro o en la zona lumbar.',
    ),
  ],
  easier: t(
    'Leave your hand on your thigh and simply sit tall.',
    'Deja la mano en el muslo y limítate a estirar la espalda.',
  ),
  harder: t(
    'Slide the back foot a little further and add a gentle side bend.',
    'Aleja un poco más el pie de atrás y añade una ligera inclinación lateral.',
  ),
  alt: t(
    'A person on the edge of a chair slides one leg back and raises the arm on that side overhead; the front of the back hip is highlighted.',
    'Una persona en el borde de una silla desliza una pierna hacia atrás y sube el brazo de ese lado por encima de la cabeza; se resalta la parte delantera de la cadera de atrás.',
  ),
  figure: edgeOfChair(
    { tilt: 4, legA: toe(floor(62), 45), legB: flat(floor(128)), armA: arm(10, 20) },
    arm(146, 172),
  ),
});
