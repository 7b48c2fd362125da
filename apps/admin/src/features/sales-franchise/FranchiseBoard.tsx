import { App, Badge, Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { franchisePartnerPath } from '../../app/paths';
import { problemMessage } from '../../shared/ui/problem-text';
import type { FranchisePartner, FranchiseStage } from './franchise.api';
import { BOARD_COLUMNS, moveForDrop, moveNeeds } from './franchise-stages';
import { MoveStageModal } from './MoveStageModal';
import { useMoveFranchisePartner } from './use-franchise-mutations';

interface FranchiseBoardProps {
  partners: readonly FranchisePartner[];
  /** Territory names by org unit id, for the cards. */
  territoryNames: ReadonlyMap<string, string>;
  /** Whether the user may move cards (franchise-partners:write). */
  canMove: boolean;
}

/**
 * The pipeline as a board: a column per stage. A card moves with its buttons (keyboard-friendly) or by dragging
 * it onto a column the API offers; a move that needs a reason or a contract number asks for it first.
 */
export function FranchiseBoard({ partners, territoryNames, canMove }: FranchiseBoardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const move = useMoveFranchisePartner();
  const [dragged, setDragged] = useState<FranchisePartner>();
  const [asking, setAsking] = useState<{ partner: FranchisePartner; stage: FranchiseStage }>();
  const stageLabel = (stage: FranchiseStage) => t(`salesFranchise.stages.${stage}`);

  const start = (partner: FranchisePartner, stage: FranchiseStage) => {
    if (moveNeeds(partner, stage) !== 'nothing') return setAsking({ partner, stage });
    move.mutate(
      { partner, move: { stage } },
      {
        onSuccess: (moved) =>
          void message.success(t('salesFranchise.moved', { name: moved.name, stage: stageLabel(stage) })),
        onError: (error) => void message.error(problemMessage(t, error)),
      },
    );
  };

  const drop = (column: FranchiseStage) => {
    const card = dragged;
    setDragged(undefined);
    if (!card || !canMove || card.stage === column) return;
    const stage = moveForDrop(card, column);
    if (stage) start(card, stage);
    else void message.warning(t('salesFranchise.cannotDrop'));
  };

  return (
    <>
      <Flex gap="small" style={{ overflowX: 'auto' }} data-testid="franchise-board">
        {BOARD_COLUMNS.map((column) => {
          const cards = partners.filter((p) => p.stage === column);
          return (
            <Card
              key={column}
              size="small"
              data-testid={`franchise-column-${column}`}
              title={
                <Space size="small">
                  {stageLabel(column)}
                  <Badge count={cards.length} showZero color="#8c8c8c" />
                </Space>
              }
              style={{ minWidth: 210, flex: 1 }}
              onDragOver={(event) => event.preventDefault()}
              onDrop={() => drop(column)}
            >
              {cards.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={null} />}
              <Flex vertical gap="small">
                {cards.map((card) => (
                  <Card
                    key={card.id}
                    size="small"
                    draggable={canMove && card.nextStages.length > 0}
                    onDragStart={() => setDragged(card)}
                    data-testid="franchise-card"
                  >
                    <Link to={franchisePartnerPath(card.id)}>{card.name}</Link>
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {t(`salesFranchise.kinds.${card.kind}`)} · {territoryNames.get(card.orgUnitId) ?? '—'}
                    </Typography.Text>
                    {canMove && (
                      <Flex gap={4} wrap style={{ marginTop: 4 }}>
                        {card.nextStages.map((stage) => (
                          <Button
                            key={stage}
                            size="small"
                            danger={stage === 'lost'}
                            loading={move.isPending && move.variables?.partner.id === card.id}
                            aria-label={t('salesFranchise.moveTo', {
                              name: card.name,
                              stage: stageLabel(stage),
                            })}
                            onClick={() => start(card, stage)}
                          >
                            {stageLabel(stage)}
                          </Button>
                        ))}
                      </Flex>
                    )}
                  </Card>
                ))}
              </Flex>
            </Card>
          );
        })}
      </Flex>
      <MoveStageModal
        // A fresh form per move, so one partner's note never carries over to the next.
        key={asking ? `${asking.partner.id}-${asking.stage}` : 'none'}
        partner={asking?.partner}
        stage={asking?.stage}
        onClose={() => setAsking(undefined)}
      />
    </>
  );
}
