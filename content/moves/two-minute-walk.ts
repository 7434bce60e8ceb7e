import { defineMove, t } from '../define';
import { ankle, arm, floor, hipHighlight, limbs, poses, swapSides } from '../figure/notation';
import type { Pose } from '../figure/types';

/**
 * Half a stride: leg A pushes off behind as leg B lands ahead, then swings
 * through under the body. The other half is the same with the sides swapped.
 */
const step: Omit<Pose, 'torso'>[] = [
  {
    pelvis: [120, 119],
    ...limbs(ankle(floor(83, 7), 60), ankle(floor(146), 105), arm(20, 40), arm(-20, -10)),
  },
  {
    pelvis: [120, 114],
    ...limbs(ankle(floor(112, 22), 60), ankle(floor(122), 90), arm(0, 10), arm(0, 10)),
  },
];

export default defineMove({
  perSide: false,
  timer: { kind: 'time', seconds: 120 },
  steps: [
    t(
      'Stand up and walk at an easy pace: down a corridor, to a window, or around the room.',
      'Levántate y camina a paso tranquilo: por el pasillo, hasta una ventana o por la habitación.',
    ),
    t(
      'Let your arms swing and take full steps, pushing off from the back foot.',
      'Deja que los brazos se balanceen y da pasos completos, impulsándote con el pie de atrás.',
    ),
    t(
      'Breathe easily; you should be able to talk as you go.',
      'Respira con calma; deberías poder hablar mientras caminas.',
    ),
    t(
      'Come back when the timer ends, or stay out longer if you can.',
      'Vuelve cuando termine el temporizador, o sigue un rato más si puedes.',
    ),
  ],
  cue: t(
    'Each step that trails behind you opens the front of that hip a little.',
    'Cada paso que queda atrás abre un poco la parte delantera de esa cadera.',
  ),
  cautions: [
    t(
      'Watch for cables, bags and chair legs on the way.',
      'Cuidado con los cables, las bolsas y las patas de las sillas por el camino.',
    ),
    t(
      'Keep a pace that feels easy; this is a break, not a workout.',
      'Camina a un ritmo cómodo: es una pausa, no un entrenamiento.',
    ),
  ],
  easier: t(
    'Walk a short lap of your room, or walk slowly on the spot.',
    'Da una vuelta corta por la habitación o camina despacio sin moverte del sitio.',
  ),
  harder: t(
    'Add one flight of stairs up and down if there is one close by.',
    'Añade subir y bajar un tramo de escaleras si tienes uno cerca.',
  ),
  alt: t(
    'A person walks with arms swinging; the front of the trailing hip is highlighted.',
    'Una persona camina balanceando los brazos; se resalta la parte delantera de la cadera de la pierna que queda atrás.',
  ),
  figure: {
    view: 'side',
    props: [],
    loop: 'cycle',
    seconds: 1.6,
    still: 0,
    highlight: hipHighlight('A', 4, 3),
    frames: poses({ torso: 178 }, ...step, ...step.map(swapSides)),
  },
});
