import { defineMove, t } from '../define';
import { flat, floor, hand, seat, toe } from '../figure/notation';
import { edgeOfChair } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'hold', seconds: 30 },
  steps: [
    t(
      'Use a chair that cannot roll and sit near its front edge, back tall.',
      'Usa una silla que no pueda rodar y siéntate cerca del borde delantero, con la espalda erguida.',
    ),
    t(
      'Turn slightly so one hip is just off the side of the seat.',
      'Gira un poco para que una cadera quede justo fuera del lateral del asiento.',
    ),
    t(
      'Slide that leg back, knee pointing down, toes resting on the floor.',
      'Desliza esa pierna hacia atrás, con la rodilla hacia el suelo y los dedos del pie apoyados.',
    ),
    t(
      'Keep the sole of the front foot on the floor and hold the seat.',
      'Mantén la planta del pie de delante en el suelo y sujétate al asiento.',
    ),
    t(
      'Gently tuck your pelvis until the front of the back hip opens.',
      'Mete la pelvis con suavidad hasta notar que se abre la parte delantera de la cadera de atrás.',
    ),
  ],
  cue: t(
    'Lengthen up through the crown of your head and breathe low into your belly.',
    'Crece desde la coronilla y lleva el aire hacia la parte baja del abdomen.',
  ),
  cautions: [
    t(
      'Not on a chair with wheels: at the edge, it can slide out from under you.',
      'No lo hagas en una silla con ruedas: con el peso en el borde, se te puede escapar.',
    ),
    t(
      'Ease off if you feel a pinch in your lower back.',
      'Afloja si notas un pinchazo en la zona lumbar.',
    ),
  ],
  easier: t(
    'Keep the back knee more bent and slide the leg back only a little.',
    'Deja la rodilla de atrás más doblada y lleva la pierna solo un poco hacia atrás.',
  ),
  harder: t(
    'Slide the back foot further away and firm up that buttock.',
    'Aleja más el pie de atrás y aprieta ese glúteo.',
  ),
  alt: t(
    'A person sits on the front edge of a chair and slides one leg back, toes on the floor; the front of that hip is highlighted.',
    'Una persona sentada en el borde de una silla desliza una pierna hacia atrás, con los dedos en el suelo; se resalta la parte delantera de esa cadera.',
  ),
  figure: edgeOfChair(
    { tilt: 6, legA: toe(floor(136), 90), legB: flat(floor(128)), armA: hand(seat(99), 'back') },
    hand(seat(100), 'back'),
    toe(floor(88), 70),
  ),
});
